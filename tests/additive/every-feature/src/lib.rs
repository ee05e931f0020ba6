//! Nothing but a dependency on the facade with every feature on: built
//! beside `fastrapi-status-additive`, it turns those features on for it too.
