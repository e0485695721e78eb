package org.cofile.web.rest;

import java.util.Map;

/** A health check as reported: its name, UP or DOWN, and what it found. */
public record CheckView(String name, String status, Map<String, Object> data) {}
