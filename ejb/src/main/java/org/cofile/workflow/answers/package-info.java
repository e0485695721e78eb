/** Use cases of what the company answers to a filed resolution, and of the meeting and its vote. */
package org.cofile.workflow.answers;
