/** Use cases of drafting a resolution and of its review by the coalition. */
package org.cofile.workflow.resolution;
