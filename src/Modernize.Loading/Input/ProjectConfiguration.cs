namespace Modernize.Loading.Input;

/// <summary>The Configuration and Platform a solution builds one project with, as MSBuild spells them (for example <c>Release</c>, <c>AnyCPU</c>).</summary>
public sealed record ProjectConfiguration(string Configuration, string Platform);
