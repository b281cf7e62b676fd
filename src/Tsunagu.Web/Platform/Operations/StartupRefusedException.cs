namespace Tsunagu.Web.Platform.Operations;

/// <summary>Thrown by a start-up task whose input is wrong (a bad catalogue file): the app prints the reason and stops.</summary>
public sealed class StartupRefusedException(string reason) : Exception(reason);
