/* A switch on a 16-bit value turned into a lookup table (-mcpu=v4): the
 * range check tests one copy of the index, the load uses another, so the
 * verifier sees an index up to 65535 into a 32-byte table. */
unsigned long long f(unsigned long long x)
{
	switch ((short)x) {
	case -2: return 0x8e189951ULL;
	case -1: return 0x11ULL;
	case 0: return 0x96ULL;
	case 1: return 0x6eULL;
	}
	return 0xabddULL;
}
