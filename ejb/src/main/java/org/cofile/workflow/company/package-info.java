/** Use cases on companies and their annual meetings. */
package org.cofile.workflow.company;
