/**
 * The broker the hub's queues live on: the embedded Artemis broker of the default set-up and the
 * names of the addresses every broker must define. Business code never sees JMS types; this
 * package only starts and names.
 */
package vn.lienthong.platform.messaging;
