package org.cofile.web.rest;

/** The body of {@code POST /api/resolutions/{id}/comments}. */
public record CommentRequest(Integer versionNumber, String text) {}
