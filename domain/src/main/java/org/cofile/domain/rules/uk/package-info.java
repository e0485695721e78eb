/** UK Companies Act 2006 ss. 314, 338 and 338A: members' statements, AGM resolutions and AGM matters. */
package org.cofile.domain.rules.uk;
