package org.cofile.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's root. Its OpenAPI document is served at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Cofile API",
                        version = "1",
                        description =
                                "Organizations, companies and filing rules of a Cofile coalition. Authenticate with a"
                                        + " personal API token: Authorization: Bearer <token>."))
@SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {}
