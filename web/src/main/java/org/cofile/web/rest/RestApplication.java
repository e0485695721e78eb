package org.cofile.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.cofile.web.rest.rules.RulesResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's root. Its OpenAPI document is served at /openapi. The resources and providers are listed here rather than
 * found by scanning, so that only Cofile's own classes answer under /api, whatever a library on the class path
 * brings; {@code ApiIT} proves that every operation in the OpenAPI document is one of these.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Cofile API",
                        version = "1",
                        description =
                                "Coalitions, their organizations and resolutions, companies and filing rules. Authenticate with a"
                                        + " personal API token: Authorization: Bearer <token>."))
@SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                CompaniesResource.class,
                OrganizationsResource.class,
                CoalitionsResource.class,
                ResolutionsResource.class,
                DocumentsResource.class,
                CommitmentsResource.class,
                SubjectsResource.class,
                AccountabilityResource.class,
                NotificationsResource.class,
                CampaignsResource.class,
                PetitionsResource.class,
                LettersResource.class,
                PublicPetitionsResource.class,
                PublicCampaignsResource.class,
                TextMessageRepliesResource.class,
                PublicSignaturesResource.class,
                HoldingsResource.class,
                ResolutionTemplatesResource.class,
                MembershipResource.class,
                PublicAccountResource.class,
                PublicDeclarationsResource.class,
                RulesResource.class,
                HealthResource.class,
                ExceptionMappers.Any.class,
                ExceptionMappers.Validation.class,
                SharedJsonb.class);
    }
}
