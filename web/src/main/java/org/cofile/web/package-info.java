/** Cofile's web tier: the JSF/PrimeFaces portal, the REST API and the authentication mechanism. */
package org.cofile.web;
