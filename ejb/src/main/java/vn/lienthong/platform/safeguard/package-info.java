/**
 * The throwaway values the embedded development set-up ships with, and the start-up check that
 * refuses a real deployment still holding one. It reads the server variables itself and names no
 * capability; start-up beans that depend on those settings (the hub key) wait for it.
 */
package vn.lienthong.platform.safeguard;
