package main

import "github.com/hashicorp/vault/sdk/helper/consts"

// emptyRegistry: no catalogue plugins; the two builtins come from CoreConfig's maps.
type emptyRegistry struct{}

func (emptyRegistry) Contains(string, consts.PluginType) bool { return false }
func (emptyRegistry) Get(string, consts.PluginType) (func() (interface{}, error), bool) {
	return nil, false
}
func (emptyRegistry) Keys(consts.PluginType) []string { return nil }
func (emptyRegistry) DeprecationStatus(string, consts.PluginType) (consts.DeprecationStatus, bool) {
	return consts.Unknown, false
}
func (emptyRegistry) IsBuiltinEntPlugin(string, consts.PluginType) bool { return false }
