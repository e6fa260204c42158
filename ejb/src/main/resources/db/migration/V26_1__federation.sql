-- Federation (issue 18, docs/federation.md). Which instance serves an agency: empty for an agency this
-- instance serves itself; at the national axis, the hub code of the province's or ministry's platform
-- through which the agency is reached.
ALTER TABLE agency ADD COLUMN served_by VARCHAR(32);

-- A document relayed by a peer hub: that hub's code (statuses go back to it) and the hubs the package
-- passed before this one, "code@yyyy/MM/dd HH:mm:ss|..." (exchange.document.Hops). Empty for a
-- document an agency sent here.
ALTER TABLE document ADD COLUMN relayed_by VARCHAR(32);
ALTER TABLE document ADD COLUMN hop_trail VARCHAR(1000);

-- A recipient behind another hub: the peer hub this instance handed the document to.
ALTER TABLE delivery ADD COLUMN held_by VARCHAR(32);
