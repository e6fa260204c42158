-- Which server of a cluster put a document into the inbox: for operators following a delivery,
-- and for the test that proves two servers share the work without delivering twice.
ALTER TABLE delivery ADD COLUMN delivered_by VARCHAR(100);
