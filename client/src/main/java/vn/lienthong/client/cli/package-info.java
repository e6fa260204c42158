/**
 * The {@code lienthong} command line (docs/client.md): each command is a few calls of the library,
 * its answer printed as text or JSON, its failure one of the documented {@link vn.lienthong.client.cli.ExitCode}s.
 */
package vn.lienthong.client.cli;
