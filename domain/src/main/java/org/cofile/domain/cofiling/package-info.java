/** Co-filing an approved resolution: its proponents, their holdings and proof, their readiness, and the filing. */
package org.cofile.domain.cofiling;
