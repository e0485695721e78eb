package org.cofile.workflow.cofiling;

/** A letter's bytes with the name and type to serve them under. */
public record DocumentDownload(String fileName, String contentType, byte[] bytes) {}
