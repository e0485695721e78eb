/** Campaigns and their public petitions: signing with double opt-in, counting, erasure and exports. */
package org.cofile.workflow.campaign;
