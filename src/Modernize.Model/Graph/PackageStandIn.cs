namespace Modernize.Model.Graph;

/// <summary>A package version the feeds do not serve, and the served version of the same package that stood in for it.</summary>
public sealed record PackageStandIn(string Id, string Wanted, string Used);
