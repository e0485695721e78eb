/** How callers prove who they are: portal sign-in with a session, or a personal API token on each request. */
package org.cofile.web.security;
