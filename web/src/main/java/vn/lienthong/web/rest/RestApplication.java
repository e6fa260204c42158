package vn.lienthong.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST API root. Every resource carries its version in its path ({@code /api/v1/...}). */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
