/** The portal's company pages: the paged list, and the form that records or corrects a company and its meetings. */
package org.cofile.web.companies;
