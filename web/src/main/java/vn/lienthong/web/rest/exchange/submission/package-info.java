/**
 * Document submission over REST ({@code POST /api/v1/documents}): the package body in, the
 * receipt with its verdicts out, keyed by {@code Idempotency-Key}.
 */
package vn.lienthong.web.rest.exchange.submission;
