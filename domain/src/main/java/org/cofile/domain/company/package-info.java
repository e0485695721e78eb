/** Companies that coalitions file at, with their SEC identifiers and their annual meetings. */
package org.cofile.domain.company;
