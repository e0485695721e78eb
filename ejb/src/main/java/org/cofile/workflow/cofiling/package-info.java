/** Use cases of co-filing: proponents, their holdings and letters, readiness, the filing and its package. */
package org.cofile.workflow.cofiling;
