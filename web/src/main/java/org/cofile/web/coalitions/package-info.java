/** The coalitions of the member's organization, and inviting organizations into those it administers. */
package org.cofile.web.coalitions;
