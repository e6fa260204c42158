/**
 * An S3-compatible object store (kho đối tượng) reached over plain HTTP with AWS Signature Version 4:
 * put, get (streamed), head and delete of one object, and nothing else the hub does not need. Knows no
 * capability; the archive store of retention is its one user today.
 */
package vn.lienthong.platform.objectstore;
