/** The Canada Business Corporations Act s137 and its regulations (SOR/2001-512): shareholder proposals. */
package org.cofile.domain.rules.ca;
