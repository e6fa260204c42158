/**
 * The throwaway values the embedded development set-up ships with, and the start-up check that
 * refuses a real deployment still holding one. Capabilities report their settings to it; it names
 * no capability.
 */
package vn.lienthong.platform.safeguard;
