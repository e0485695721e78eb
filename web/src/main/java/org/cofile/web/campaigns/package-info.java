/** The coalition's campaign pages: the list, a campaign with its petitions, and starting both. */
package org.cofile.web.campaigns;
