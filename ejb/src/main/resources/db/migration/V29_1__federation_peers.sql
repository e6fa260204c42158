-- Federation peers (issue 18, docs/federation.md): at the national axis, how it reaches each platform's instance
-- below it to relay documents down. The platform's hub code (the served_by of its agencies), its REST base, and
-- the national axis's account there, whose secret is sealed with lienthong.secrets.key (platform.crypto.SecretSealing).
CREATE TABLE federation_peer (
    hub_code      VARCHAR(32)   NOT NULL,
    base_url      VARCHAR(2000) NOT NULL,
    account       VARCHAR(200)  NOT NULL,
    secret_sealed VARCHAR(2000) NOT NULL,
    registered_at TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    version_no    BIGINT        NOT NULL,
    CONSTRAINT pk_federation_peer PRIMARY KEY (hub_code)
);
