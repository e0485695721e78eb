/** Australia's Corporations Act 2001 ss. 249N-249P: members' resolutions and statements for general meetings. */
package org.cofile.domain.rules.au;
