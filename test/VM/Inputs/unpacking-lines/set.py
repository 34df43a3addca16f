{
  1,
  *None
}
