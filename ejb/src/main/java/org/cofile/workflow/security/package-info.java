/** Signing in (with lockout), password hashing and personal API tokens. */
package org.cofile.workflow.security;
