/**
 * Agencies' push endpoint registration and administrators' dead-letter list over REST. Translation only.
 */
package vn.lienthong.web.rest.exchange.push;
