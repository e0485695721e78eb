package org.cofile.workflow.security;

import org.cofile.domain.organization.ApiToken;

/** A token just created: the only moment its secret is known. */
public record IssuedToken(ApiToken token, String secret) {}
