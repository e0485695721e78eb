package org.cofile.web.rest;

import java.util.List;

/** One page of a list as the API returns it. */
public record PageView<T>(List<T> items, long total, int first, int size) {}
