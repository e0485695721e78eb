/** The figures the portal's dashboard shows. */
package org.cofile.workflow.dashboard;
