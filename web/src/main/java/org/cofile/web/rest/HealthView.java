package org.cofile.web.rest;

import java.util.List;

/** All health checks: UP only if every one is. */
public record HealthView(String status, List<CheckView> checks) {}
