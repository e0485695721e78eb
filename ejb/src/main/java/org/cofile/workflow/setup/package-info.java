/** What runs at startup: the schema migrations, then the demo data on the embedded database. */
package org.cofile.workflow.setup;
