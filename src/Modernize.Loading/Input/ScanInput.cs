namespace Modernize.Loading.Input;

/// <summary>What a scan path resolved to.</summary>
/// <param name="Root">Absolute folder the scan is relative to.</param>
/// <param name="Name">Solution or project file name, or the folder name.</param>
/// <param name="Solution">The solution file (.sln/.slnx), when there is one.</param>
/// <param name="Projects">Absolute paths of the project files to load (the solution's projects, or those found).</param>
public sealed record ScanInput(string Root, string Name, string? Solution, IReadOnlyList<string> Projects);
