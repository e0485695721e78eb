/** Helpers the workflow's unit tests share. */
package org.cofile.workflow.testing;
