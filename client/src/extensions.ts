// Registers the Cytoscape extensions the explorer uses, once, when this module is first imported.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export { cytoscape };
