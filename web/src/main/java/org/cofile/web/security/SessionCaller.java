package org.cofile.web.security;

import java.io.Serializable;
import java.util.Set;

/** The member signed in to a portal session, kept in the session so later requests need no password. */
record SessionCaller(String email, Set<String> groups) implements Serializable {}
