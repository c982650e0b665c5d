namespace Modernize.Model.Graph;

/// <summary>A NuGet package a project uses.</summary>
/// <param name="Source"><see cref="PackageSources.PackageReference"/> or <see cref="PackageSources.PackagesConfig"/>.</param>
/// <param name="Resolved">Whether the package's assemblies were found on this machine.</param>
public sealed record PackageReferenceInfo(string Id, string? Version, string Source, bool Resolved);
