/** The resolutions pages: the list, drafting a new one, and a resolution's page with its versions and review. */
package org.cofile.web.resolutions;
