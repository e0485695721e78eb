package org.cofile.web.rest;

/**
 * The body of {@code POST /api/resolutions/{id}/transitions}: {@code SUBMIT_FOR_REVIEW}, {@code APPROVE}, {@code
 * RETURN_TO_DRAFT} or {@code ABANDON}, with the reason (required to return or abandon).
 */
public record TransitionRequest(String action, String reason) {}
