namespace Modernize.Model.Graph;

/// <summary>Why a project's references may not all resolve: one cause, with its detail (the package, version or task named).</summary>
/// <param name="Kind">The kind of cause.</param>
/// <param name="Detail">What exactly: for example <c>Newtonsoft.Json 6.0.7 -> 9.0.1</c> or <c>.NETFramework v4.6.1</c>.</param>
public sealed record FidelityCause(FidelityCauseKind Kind, string Detail);
